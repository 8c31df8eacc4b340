//go:build !linux

package filestamp

// Of has no change time to read here: no file has a stamp.
func Of(string) (string, bool) { return "", false }
