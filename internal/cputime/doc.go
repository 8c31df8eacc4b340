// Package cputime measures the CPU time a process used, which benchmarks
// report beside wall time: on a busy machine wall time does not hold up,
// CPU time does. 0 means unknown (not a Unix system).
package cputime
