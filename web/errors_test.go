package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
)

// TestErrorStatus: each kind of failure answers with its own status code,
// and a damaged store says so (with its remedy) instead of a bare 500.
func TestErrorStatus(t *testing.T) {
	for _, c := range []struct {
		err  error
		code int
		says string
	}{
		{paramf("limit must be a number"), http.StatusBadRequest, "limit"},
		{fmt.Errorf("x: %w", index.ErrQuery), http.StatusBadRequest, "x"},
		{errNotFound{"case 1/25"}, http.StatusNotFound, "case 1/25 not found"},
		{errNoData, http.StatusServiceUnavailable, "no ingested archive"},
		{fmt.Errorf("%w: run 'motebok check --repair'", register.ErrDamaged), http.StatusServiceUnavailable, "check --repair"},
		{context.DeadlineExceeded, http.StatusServiceUnavailable, "too long"},
		{errors.New("disk on fire"), http.StatusInternalServerError, "internal error"},
	} {
		code, msg := errorStatus(c.err)
		if code != c.code || !strings.Contains(msg, c.says) {
			t.Errorf("errorStatus(%v) = %d %q, want %d containing %q", c.err, code, msg, c.code, c.says)
		}
	}
}
