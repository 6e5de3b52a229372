package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"cables/cache"
	"cables/model"
)

// cacheDir is where extracted stories are cached: $XDG_CACHE_HOME/cables.
func (a *App) cacheDir() string { return cache.DefaultDir(a.Getenv) }

func (a *App) cacheCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cache",
		Short: "Manage the cache of extracted stories",
		Long: "cables keeps what it extracts from your library's files in\n" +
			"$XDG_CACHE_HOME/cables (by default ~/.cache/cables), so that a start reads\n" +
			"only the files that changed. --no-cache reads everything afresh.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q for \"cables cache\"", args[0])
			}
			return cmd.Help()
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "clear",
		Short: "Delete the cache; the next start reads every story again",
		Args:  withArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			dir := a.cacheDir()
			freed, err := cache.Clear(dir)
			if err != nil {
				return fmt.Errorf("%s: %v", dir, cause(err))
			}
			fmt.Fprintf(a.Stdout, "cleared %s (%s freed)\n", model.Sanitize(dir), byteSize(freed))
			return nil
		},
	})
	return cmd
}

// byteSize says a size as people read it: 812 B, 64 KB, 7.3 MB.
func byteSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
