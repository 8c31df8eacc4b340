package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"time"
)

// lockName is the lock file in the data directory.
const lockName = "lock"

// Lock timing: a holder rewrites its lock every lockRefresh; a lock from
// another host not rewritten for lockStale is stale.
const (
	lockRefresh = 5 * time.Minute
	lockStale   = 30 * time.Minute
)

// LockInfo is the content of the lock file: who holds the data directory.
type LockInfo struct {
	Time time.Time `json:"time"`
	Host string    `json:"host"`
	PID  int       `json:"pid"`
	User string    `json:"user"`
}

// Stale reports whether the holder is gone: its process is dead on this
// host, or it has not refreshed the lock for lockStale.
func (l LockInfo) Stale() bool {
	if time.Since(l.Time) > lockStale {
		return true
	}
	host, _ := os.Hostname()
	return l.Host == host && !processAlive(l.PID)
}

// AlreadyLockedError is returned when another ingest holds the data
// directory.
type AlreadyLockedError struct {
	Path string
	Info LockInfo
}

func (e *AlreadyLockedError) Error() string {
	return fmt.Sprintf("%s is locked by PID %d on %s (user %s) since %s: another ingest is running; "+
		"if it is not, run `motebok unlock`", e.Path, e.Info.PID, e.Info.Host, e.Info.User,
		e.Info.Time.Format(time.RFC3339))
}

func currentLock() LockInfo {
	host, _ := os.Hostname()
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	return LockInfo{Time: time.Now().UTC(), Host: host, PID: os.Getpid(), User: name}
}

func readLock(name string) (LockInfo, error) {
	var l LockInfo
	b, err := os.ReadFile(name)
	if err != nil {
		return l, err
	}
	if err := json.Unmarshal(b, &l); err != nil {
		return l, fmt.Errorf("reading lock %s: %w", name, err)
	}
	return l, nil
}

// ReadLock returns the holder of the data directory's lock, or nil when it
// is not locked.
func ReadLock(dataDir string) (*LockInfo, error) {
	l, err := readLock(filepath.Join(dataDir, lockName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &l, nil
}

// Unlock removes the data directory's lock for `motebok unlock`: only a
// stale one unless force. It returns the lock it removed, or nil.
func Unlock(dataDir string, force bool) (*LockInfo, error) {
	l, err := ReadLock(dataDir)
	if err != nil || l == nil {
		return nil, err
	}
	if !force && !l.Stale() {
		return nil, &AlreadyLockedError{Path: dataDir, Info: *l}
	}
	if err := os.Remove(filepath.Join(dataDir, lockName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("removing lock: %w", err)
	}
	return l, nil
}

// CheckUnlocked returns an *AlreadyLockedError when a live ingest holds
// dataDir. The CLI asks before it opens the stores, which a running ingest
// may hold for a while; Run takes the lock itself in any case.
func CheckUnlocked(dataDir string) error {
	l, err := ReadLock(dataDir)
	if err != nil || l == nil || l.Stale() {
		return nil
	}
	return &AlreadyLockedError{Path: dataDir, Info: *l}
}
