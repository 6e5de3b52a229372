package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// The test binary runs cables itself when asked, so that these tests drive
// the real program through real terminals, pipes and files.
func TestMain(m *testing.M) {
	if os.Getenv("CABLES_TEST_RUN_MAIN") == "1" {
		os.Args = append([]string{"cables"}, strings.Fields(os.Getenv("CABLES_TEST_ARGS"))...)
		main()
		return
	}
	os.Exit(m.Run())
}

const story = "Envoy warned of grain shortage\n\nMay 30, 2011\n\nThe ambassador said “the grain will not last past April,” according to a cable.\n"

// cables is the program with args, in an empty home.
func cables(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	home := t.TempDir()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "CABLES_TEST_RUN_MAIN=1", "CABLES_TEST_ARGS="+strings.Join(args, " "),
		"HOME="+home, "XDG_CONFIG_HOME="+home+"/config", "XDG_DATA_HOME="+home+"/data", "TERM=xterm-256color")
	return cmd
}

func storyFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// altScreen is the sequence that takes over a terminal's screen.
const altScreen = "\x1b[?1049h"

// output collects what a program writes, safe to read while it writes.
type output struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Write(p)
}

func (o *output) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// readAll reads a pty until the program ends or the time is up.
func readAll(t *testing.T, f *os.File, cmd *exec.Cmd, d time.Duration) string {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var out output
	go func() { _, _ = io.Copy(&out, f) }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("cables: %v", err)
		}
	case <-time.After(d):
		_ = cmd.Process.Kill()
		t.Fatalf("cables did not end within %v; output so far:\n%q", d, out.String())
	}
	time.Sleep(50 * time.Millisecond)
	return out.String()
}

// Issue 13, 1 and 2, on real terminals: the reader starts only when stdin
// and stdout are both terminals; a file or pipe on either side gets text.
func TestStandardStreamsOnARealTerminal(t *testing.T) {
	path := storyFile(t)

	t.Run("stdout to a file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "out")
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd := cables(t, path)
		cmd.Stdout = f // pty.Start gives the terminal to stdin and stderr only
		ptmx, err := pty.Start(cmd)
		if err != nil {
			t.Fatal(err)
		}
		defer ptmx.Close()
		readAll(t, ptmx, cmd, 10*time.Second)
		got, _ := os.ReadFile(out)
		if !strings.Contains(string(got), "the grain will not last past April") || bytes.ContainsRune(got, 0x1b) {
			t.Errorf("the file should get the story as plain text:\n%q", got)
		}
	})

	t.Run("stdin from a file", func(t *testing.T) {
		in, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer in.Close()
		cmd := cables(t)
		cmd.Stdin = in
		ptmx, tty, err := pty.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer ptmx.Close()
		cmd.Stdout, cmd.Stderr = tty, tty
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		tty.Close()
		got := readAll(t, ptmx, cmd, 10*time.Second)
		if strings.Contains(got, altScreen) || !strings.Contains(got, "past April") || strings.Contains(got, "Kayani") {
			t.Errorf("a story on stdin should be shown as text, not the reader or the bundled story:\n%q", got)
		}
	})

	t.Run("both terminals", func(t *testing.T) {
		cmd := cables(t, path)
		ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
		if err != nil {
			t.Fatal(err)
		}
		defer ptmx.Close()
		var out output
		go func() { _, _ = io.Copy(&out, ptmx) }()
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(out.String(), altScreen) && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if !strings.Contains(out.String(), altScreen) {
			t.Fatalf("the reader did not start on a terminal:\n%q", out.String())
		}
		time.Sleep(300 * time.Millisecond) // let it answer its startup queries
		if _, err := ptmx.Write([]byte("q")); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("q: %v", err)
			}
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatal("q did not end the reader")
		}
	})
}
