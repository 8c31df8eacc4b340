package web

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
)

//go:embed openapi.json
var openAPI []byte

// requestTimeout bounds the work of one request.
const requestTimeout = 20 * time.Second

func (s *Server) apiRoutes() []route {
	return []route{
		{"GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write(openAPI)
		}},
		{"GET /api/search", apiHandler(func(ctx context.Context, r *http.Request) (any, error) {
			p, err := parseSearch(r.URL.Query())
			if err != nil {
				return nil, err
			}
			return s.search(ctx, p)
		})},
		{"GET /api/documents/{id}", apiHandler(func(ctx context.Context, r *http.Request) (any, error) {
			return s.document(r.PathValue("id"))
		})},
		{"GET /api/decisions", apiHandler(func(ctx context.Context, r *http.Request) (any, error) {
			p, err := parseDecisions(r.URL.Query())
			if err != nil {
				return nil, err
			}
			return s.decisions(ctx, p)
		})},
		{"GET /api/meetings/{date}/{body}", apiHandler(func(ctx context.Context, r *http.Request) (any, error) {
			return s.meeting(ctx, r.PathValue("date"), r.PathValue("body"))
		})},
		{"GET /api/cases/{number...}", apiHandler(func(ctx context.Context, r *http.Request) (any, error) {
			return s.caseHistory(ctx, r.PathValue("number"), r.URL.Query().Get("body"))
		})},
		{"GET /api/persons/{name}", apiHandler(func(ctx context.Context, r *http.Request) (any, error) {
			return s.personHistory(ctx, r.PathValue("name"))
		})},
		{"GET /api/status", apiHandler(func(ctx context.Context, r *http.Request) (any, error) {
			return s.status(ctx)
		})},
	}
}

// apiHandler answers fn's value as JSON, or its error as {status, message}.
func apiHandler(fn func(context.Context, *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
		defer cancel()
		v, err := fn(ctx, r)
		if err != nil {
			code, msg := errorStatus(err)
			writeError(w, code, msg)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			slog.Debug("serve: writing response", "err", err)
		}
	}
}

// apiError is the body of every API error.
type apiError struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(apiError{code, msg})
}

// errorStatus maps an error to its HTTP status and the message shown;
// unexpected errors are logged and not shown.
func errorStatus(err error) (int, string) {
	var p errParam
	var nf errNotFound
	switch {
	case errors.As(err, &p), errors.Is(err, index.ErrQuery), errors.Is(err, register.ErrQuery):
		return http.StatusBadRequest, err.Error()
	case errors.As(err, &nf):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, errNoData), errors.Is(err, index.ErrBusy):
		return http.StatusServiceUnavailable, err.Error()
	case errors.Is(err, register.ErrDamaged):
		slog.Error("serve: damaged store", "err", err)
		return http.StatusServiceUnavailable, err.Error() // names the remedy
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request took too long: narrow it"
	}
	slog.Error("serve: request failed", "err", err)
	return http.StatusInternalServerError, "internal error; see the server's log"
}
