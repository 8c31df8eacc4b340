package lazy

import "testing"

func TestRegexpCompilesOnFirstCall(t *testing.T) {
	bad := Regexp(`(`) // would panic here if compiled eagerly
	defer func() {
		if recover() == nil {
			t.Error("an invalid expression did not panic at its first call")
		}
	}()
	bad()
}

func TestRegexpCompilesOnce(t *testing.T) {
	re := Regexp(`^sak \d+$`)
	if first, second := re(), re(); first != second {
		t.Error("two calls compiled two expressions")
	}
	if !re().MatchString("sak 12") || re().MatchString("saker 12") {
		t.Errorf("%s matches the wrong lines", re())
	}
}
