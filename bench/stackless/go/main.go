// Go peer of bench/stackless: the four workloads of ../stackless/*.py in one
// binary, same sizes, same checksums, same RESULT line. Run with GOMAXPROCS=1
// (run.py sets it; the RESULT line echoes it) so that goroutines are scheduled
// on one core like tasklets on one VM thread. Adapted from the shared peers kit.
//
// usage: peers pingpong [N] | create [N] | hackysack [N] [M] | blocked [N] [pause]
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func arg(i int, def int) int {
	if len(os.Args) > i {
		v, err := strconv.Atoi(os.Args[i])
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad number:", os.Args[i])
			os.Exit(2)
		}
		return v
	}
	return def
}

// stamp reads the wall clock and this process's CPU time (user + system, all
// threads: the GC's work counts) together, as the Python peers do.
type stamp struct {
	wall time.Time
	cpu  int64
}

func now() stamp {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return stamp{time.Now(), ru.Utime.Nano() + ru.Stime.Nano()}
}

// perOp formats wall and CPU nanoseconds per op between two stamps.
func perOp(a, b stamp, ops int) string {
	return fmt.Sprintf("ns_per_op=%.1f cpu_ns_per_op=%.1f",
		float64(b.wall.Sub(a.wall).Nanoseconds())/float64(ops), float64(b.cpu-a.cpu)/float64(ops))
}

func peakKB() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Maxrss
}

func report(kv string) {
	fmt.Printf("RESULT %s gomaxprocs=%d peak_rss_kb=%d\n", kv, runtime.GOMAXPROCS(0), peakKB())
}

func pingpong(n int) {
	a, b, done := make(chan int), make(chan int), make(chan int)
	t0 := now()
	go func() {
		x := 0
		for i := 0; i < n; i++ {
			a <- x
			x = <-b
		}
		done <- x
	}()
	go func() {
		for i := 0; i < n; i++ {
			x := <-a
			b <- x + 1
		}
	}()
	x := <-done
	t1 := now()
	report(fmt.Sprintf("workload=pingpong n=%d %s checksum=%d", n, perOp(t0, t1, 2*n), x))
}

func create(n int) {
	var total int64
	var wg sync.WaitGroup
	wg.Add(n)
	t0 := now()
	for i := 0; i < n; i++ {
		go func(i int) {
			atomic.AddInt64(&total, int64(i))
			wg.Done()
		}(i)
	}
	t1 := now()
	wg.Wait()
	t2 := now()
	report(fmt.Sprintf("workload=create n=%d %s create_ns=%.1f run_ns=%.1f checksum=%d",
		n, perOp(t0, t2, n), float64(t1.wall.Sub(t0.wall).Nanoseconds())/float64(n),
		float64(t2.wall.Sub(t1.wall).Nanoseconds())/float64(n), total))
}

// hackysack state: touched only by the goroutine holding the ball; the
// channel handoff orders those accesses, so no locks are needed.
var (
	hsN, hsM     int
	chans        []chan int
	state        uint64 = 12345
	count, total int64
	tEnd         stamp
	ready        int64
	done         = make(chan struct{})
)

func player(me int) {
	mine := chans[me]
	atomic.AddInt64(&ready, 1)
	for {
		<-mine
		count++
		total += int64(me)
		if count >= int64(hsM) {
			tEnd = now()
			done <- struct{}{}
			return
		}
		state = (state*1103515245 + 12345) & 0x7FFFFFFF
		nxt := int(state % uint64(hsN))
		if nxt == me {
			nxt = (nxt + 1) % hsN
		}
		chans[nxt] <- me
	}
}

func hackysack(n, m int) {
	hsN, hsM = n, m
	tSetup := now()
	chans = make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < n; i++ {
		go player(i)
	}
	for atomic.LoadInt64(&ready) < int64(n) { // let every player reach its first receive
		runtime.Gosched()
	}
	runtime.Gosched()
	t0 := now()
	chans[0] <- -1
	<-done
	report(fmt.Sprintf("workload=hackysack n=%d m=%d %s setup_ns_per_player=%.1f checksum=%d:%d",
		n, m, perOp(t0, tEnd, m), float64(t0.wall.Sub(tSetup.wall).Nanoseconds())/float64(n), total, state))
}

// pause prints word and waits for a line on stdin (run.py reads our RSS from
// /proc meanwhile), as ../stackless/measure.py's pause() does.
func pause(word string) {
	fmt.Println(word)
	bufio.NewReader(os.Stdin).ReadString('\n')
}

// blocked: n goroutines, each blocked receiving on one shared unbuffered
// channel; then main sends 0..n-1, one value to each, and every one ends.
func blocked(n int, stop bool) {
	if stop {
		pause("READY")
	}
	ch := make(chan int)
	var got, started int64
	var wg sync.WaitGroup
	wg.Add(n)
	t0 := now()
	for i := 0; i < n; i++ {
		go func() {
			atomic.AddInt64(&started, 1)
			v := <-ch
			atomic.AddInt64(&got, int64(v))
			wg.Done()
		}()
	}
	for atomic.LoadInt64(&started) < int64(n) { // let every goroutine reach its receive
		runtime.Gosched()
	}
	runtime.Gosched()
	t1 := now()
	if stop {
		pause("BLOCKED")
	}
	t2 := now()
	for i := 0; i < n; i++ {
		ch <- i
	}
	wg.Wait()
	t3 := now()
	d := float64(n)
	if n == 0 {
		d = 1
	}
	report(fmt.Sprintf("workload=blocked n=%d block_ns=%.1f block_cpu_ns=%.1f wake_ns=%.1f wake_cpu_ns=%.1f checksum=%d",
		n, float64(t1.wall.Sub(t0.wall).Nanoseconds())/d, float64(t1.cpu-t0.cpu)/d,
		float64(t3.wall.Sub(t2.wall).Nanoseconds())/d, float64(t3.cpu-t2.cpu)/d, got))
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: peers pingpong|create|hackysack|blocked [args]")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "pingpong":
		pingpong(arg(2, 1000000))
	case "create":
		create(arg(2, 1000000))
	case "hackysack":
		hackysack(arg(2, 10000), arg(3, 1000000))
	case "blocked":
		blocked(arg(2, 1000000), len(os.Args) > 3 && os.Args[3] == "pause")
	default:
		fmt.Fprintln(os.Stderr, "unknown workload:", os.Args[1])
		os.Exit(2)
	}
}
