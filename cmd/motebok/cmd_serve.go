package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/motebok/motebok/web"
)

// serveOptions are the flags of `motebok serve`.
type serveOptions struct {
	data   dataOptions
	listen string
	token  string
	noAuth bool
}

func newServeCommand() *command {
	var o serveOptions
	return &command{
		name:    "serve",
		summary: "serve the web pages and the JSON API (/api/) over the data directory, read-only",
		flags: func(fs *flag.FlagSet) {
			o.data.addFlags(fs)
			fs.StringVar(&o.listen, "listen", "127.0.0.1:8080", "address to listen on; one other machines reach needs --token or --no-auth")
			fs.StringVar(&o.token, "token", "", "require this token on every request (Authorization: Bearer TOKEN or ?token=TOKEN)")
			fs.BoolVar(&o.noAuth, "no-auth", false, "allow a non-loopback --listen without a token: anyone who reaches it reads the archive")
		},
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 {
				return usagef("serve takes no arguments")
			}
			return runServe(ctx, o, stderr)
		},
	}
}

func runServe(ctx context.Context, o serveOptions, stderr io.Writer) error {
	if err := web.CheckListen(o.listen, o.token, o.noAuth); err != nil {
		return usagef("%v", err)
	}
	if err := o.data.existing(); err != nil {
		return err
	}
	h, err := web.New(web.Config{DataDir: o.data.dir, Token: o.token})
	if err != nil {
		return err
	}
	defer h.Close()
	ln, err := net.Listen("tcp", o.listen)
	if err != nil {
		return err
	}
	srv := web.HTTPServer(o.listen, h)
	fmt.Fprintf(stderr, "motebok: serving %s on http://%s/\n", o.data.dir, ln.Addr())
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
