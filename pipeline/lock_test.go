package pipeline

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func writeLockFile(t *testing.T, data string, l LockInfo) {
	t.Helper()
	b, _ := json.Marshal(l)
	if err := os.WriteFile(filepath.Join(data, lockName), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

const deadPID = 0x7ffffff0 // above any pid_max

func TestLockRefusesSecondIngest(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "a"})
	host, _ := os.Hostname()
	cases := []struct {
		name    string
		held    LockInfo
		refused bool
	}{
		{"live process here", LockInfo{Time: time.Now(), Host: host, PID: os.Getpid()}, true},
		{"dead process here", LockInfo{Time: time.Now(), Host: host, PID: deadPID}, false},
		{"fresh, other host", LockInfo{Time: time.Now(), Host: "elsewhere", PID: 1}, true},
		{"old, other host", LockInfo{Time: time.Now().Add(-time.Hour), Host: "elsewhere", PID: 1}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			writeLockFile(t, data, tc.held)
			defer os.Remove(filepath.Join(data, lockName))
			_, err := Run(t.Context(), testConfig(data, root))
			if isAlreadyLocked(err) != tc.refused {
				t.Fatalf("refused = %v, want %v: %v", isAlreadyLocked(err), tc.refused, err)
			}
			if tc.refused && !strings.Contains(err.Error(), "motebok unlock") {
				t.Errorf("message does not say what to do: %v", err)
			}
			if !tc.refused && fileExists(filepath.Join(data, lockName)) {
				t.Errorf("lock left behind after the run")
			}
		})
	}
}

func TestLockIsExclusive(t *testing.T) {
	data := t.TempDir()
	var wg sync.WaitGroup
	var mu sync.Mutex
	won, refused := 0, 0
	for range 8 {
		wg.Go(func() {
			_, err := acquireLock(data)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				won++
			case isAlreadyLocked(err):
				refused++
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if won != 1 || refused != 7 {
		t.Errorf("won %d, refused %d", won, refused)
	}
}

func TestUnlock(t *testing.T) {
	host, _ := os.Hostname()
	live := LockInfo{Time: time.Now().UTC(), Host: host, PID: os.Getpid()}
	dead := LockInfo{Time: time.Now().UTC(), Host: host, PID: deadPID}
	cases := []struct {
		name    string
		held    *LockInfo
		force   bool
		removed bool
		refused bool
	}{
		{"none", nil, false, false, false},
		{"stale", &dead, false, true, false},
		{"live", &live, false, false, true},
		{"live, forced", &live, true, true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := t.TempDir()
			if tc.held != nil {
				writeLockFile(t, data, *tc.held)
			}
			got, err := Unlock(data, tc.force)
			if isAlreadyLocked(err) != tc.refused || (err != nil && !tc.refused) {
				t.Fatalf("err = %v", err)
			}
			present := fileExists(filepath.Join(data, lockName))
			if (got != nil) != tc.removed || present != (tc.held != nil && !tc.removed) {
				t.Errorf("removed %v, lock file present %v", got, present)
			}
		})
	}
}

func TestLockRefreshNoticesLoss(t *testing.T) {
	data := t.TempDir()
	l, err := acquireLock(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.refresh(); err != nil {
		t.Fatalf("refreshing a held lock: %v", err)
	}
	if held, _ := ReadLock(data); held == nil || !sameLock(*held, l.info) {
		t.Fatalf("refresh did not rewrite the lock: %+v", held)
	}
	os.Remove(filepath.Join(data, lockName))
	if err := l.refresh(); !errors.Is(err, errLockLost) {
		t.Errorf("got %v, want errLockLost", err)
	}
}

func TestCheckUnlocked(t *testing.T) {
	data := t.TempDir()
	if err := CheckUnlocked(data); err != nil {
		t.Fatalf("no lock: %v", err)
	}
	writeLockFile(t, data, currentLock())
	if err := CheckUnlocked(data); !isAlreadyLocked(err) {
		t.Errorf("live lock: %v", err)
	}
	stale := currentLock()
	stale.PID = deadPID
	writeLockFile(t, data, stale)
	if err := CheckUnlocked(data); err != nil {
		t.Errorf("stale lock: %v", err)
	}
}

// isAlreadyLocked reports whether err says the data directory is locked.
func isAlreadyLocked(err error) bool {
	var e *AlreadyLockedError
	return errors.As(err, &e)
}
