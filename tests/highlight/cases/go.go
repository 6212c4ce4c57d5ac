// Package server serves the built site.
package server

import (
	"fmt"
	"net/http"
)

/* Options for the server. */
type Options struct {
	Port    int    `json:"port"`
	Root    string // folder
	Verbose bool
}

const maxAge = 3600 * 1e3
var ratio = .5i + 0x1F + 017 + 2.5e-3

func Serve(opts Options) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && !opts.Verbose {
			w.WriteHeader(405)
			return
		}
		fmt.Fprintf(w, "hello %s\n\t\u00e9 \x41", r.URL.Path)
	})
	ch := make(chan rune, 1)
	ch <- 'x'
	defer close(ch)
	for i := range []int{1, 2, 3} {
		_ = append([]byte(nil), byte(i))
	}
	return http.ListenAndServe(fmt.Sprintf(":%d", opts.Port), mux) // done
}
