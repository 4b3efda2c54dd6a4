package pipeline

import (
	"context"
	"errors"

	"github.com/councilactions/councilactions/index"
)

// Schedule runs every source on its cron schedule until ctx is done, never
// two runs of one source at once. It owns ix for writing meanwhile.
func Schedule(ctx context.Context, cfg Config, ix *index.Index) error {
	return errors.New("schedules are not implemented yet")
}
