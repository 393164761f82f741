package graph

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// DefaultLockTimeout is how long Open waits for another kg process to
// release a bolt store before giving up, unless Options say otherwise.
const DefaultLockTimeout = 10 * time.Second

// ErrStoreInUse is returned when another process holds the store.
var ErrStoreInUse = errors.New("the store is in use by another kg process")

type fileLock struct{ f *os.File }

// acquireLock takes an exclusive flock on path, polling until timeout. Bolt
// takes its own lock too but waits forever; ours gives a plain answer.
func acquireLock(path string, timeout time.Duration) (*fileLock, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return &fileLock{f: f}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("%w (waited %s for %s)", ErrStoreInUse, timeout, path)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (l *fileLock) release() {
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
}
