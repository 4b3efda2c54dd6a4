package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"

	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/ingest"
)

// defaultConfigFile is read when --config is not given and it exists.
const defaultConfigFile = "config.yaml"

// loadConfig reads the config file, COUNCILACTIONS_* variables and the
// global flags, in rising order of precedence, and validates the result.
// Its errors are usage errors (exit 2): the user must correct the config.
func loadConfig(g *globalOptions) (pipeline.Config, error) {
	cfg, err := readConfig(g)
	if err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

func readConfig(g *globalOptions) (pipeline.Config, error) {
	v := viper.New()
	setDefaults(v, pipeline.DefaultConfig())
	v.SetEnvPrefix("COUNCILACTIONS")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	path := g.configFile
	if path == "" {
		if _, err := os.Stat(defaultConfigFile); err == nil {
			path = defaultConfigFile
		}
	}
	g.configUsed = path
	if path != "" {
		v.SetConfigFile(path)
		if err := v.ReadInConfig(); err != nil {
			// YAML lists its type errors a line each: the user gets one line.
			return pipeline.Config{}, fmt.Errorf("read config %s: %s", path, strings.Join(strings.Fields(err.Error()), " "))
		}
	}
	if g.dataDir != "" {
		v.Set("data_dir", g.dataDir)
	}
	var cfg pipeline.Config
	hook := mapstructure.ComposeDecodeHookFunc(
		mapstructure.StringToTimeDurationHookFunc(),
		mapstructure.StringToSliceHookFunc(","),
		byteSizeHook,
		dateHook,
	)
	if err := v.UnmarshalExact(&cfg, viper.DecodeHook(hook)); err != nil {
		return pipeline.Config{}, fmt.Errorf("config %s: %w", orDefault(path, "(defaults)"), decodeError(v, err))
	}
	if path != "" {
		resolvePaths(&cfg, v, g, filepath.Dir(path))
	}
	if err := cfg.Validate(); err != nil {
		return pipeline.Config{}, fmt.Errorf("config %s: %w", orDefault(path, "(defaults)"), err)
	}
	return cfg, nil
}

// loadSourcesConfig is loadConfig for the commands that work on the
// configured sources, refusing a config that lists none.
func loadSourcesConfig(g *globalOptions) (pipeline.Config, error) {
	cfg, err := loadConfig(g)
	if err != nil {
		return cfg, err
	}
	return cfg, needSources(cfg, g)
}

// needSources says what to do when there is nothing to run: no config
// file, or one without sources. It comes before anything touches the data
// dir, so that a mistaken run creates nothing.
func needSources(cfg pipeline.Config, g *globalOptions) error {
	if len(cfg.Sources) > 0 {
		return nil
	}
	if g.configUsed == "" {
		return usageError{fmt.Errorf("no config file, so no sources to run: write %s here or pass --config FILE "+
			"(every key is under Configuration in the README; the repository's config.yaml is a commented example); "+
			"to try councilactions on its bundled papers without one: councilactions demo", defaultConfigFile)}
	}
	return usageError{fmt.Errorf("config %s lists no sources: add them under \"sources:\" (see Configuration in the README)", g.configUsed)}
}

// setDefaults registers every key with viper, so that AutomaticEnv knows the
// nested keys (COUNCILACTIONS_CRAWL_USER_AGENT → crawl.user_agent).
func setDefaults(v *viper.Viper, cfg pipeline.Config) {
	v.SetDefault("data_dir", cfg.DataDir)
	v.SetDefault("crawl.user_agent", cfg.Crawl.UserAgent)
	v.SetDefault("crawl.per_host_interval", cfg.Crawl.PerHostInterval.String())
	v.SetDefault("crawl.concurrency", cfg.Crawl.Concurrency)
	v.SetDefault("crawl.timeout", cfg.Crawl.Timeout.String())
	v.SetDefault("crawl.max_fetch_time", cfg.Crawl.MaxFetchTime.String())
	v.SetDefault("crawl.retries", cfg.Crawl.Retries)
	v.SetDefault("crawl.max_document_bytes", int64(cfg.Crawl.MaxDocumentBytes))
	v.SetDefault("crawl.recheck_days", cfg.Crawl.RecheckDays)
	v.SetDefault("extract.timeout", cfg.Extract.Timeout.String())
	v.SetDefault("extract.max_memory", int64(cfg.Extract.MaxMemory))
	v.SetDefault("extract.ocr", cfg.Extract.OCR)
	v.SetDefault("extract.ocr_page_timeout", cfg.Extract.OCRPageTimeout.String())
	v.SetDefault("extract.workers", cfg.Extract.Workers)
	v.SetDefault("server.addr", cfg.Server.Addr)
	v.SetDefault("server.token", cfg.Server.Token)
}

// byteSizeHook reads "50MB" into an ingest.ByteSize.
func byteSizeHook(from, to reflect.Type, data any) (any, error) {
	if to != reflect.TypeOf(ingest.ByteSize(0)) || from.Kind() != reflect.String {
		return data, nil
	}
	return ingest.ParseByteSize(data.(string))
}

// dateHook reads an unquoted YAML date (since: 2019-01-01), which the YAML
// parser makes a time, back into the YYYY-MM-DD string the config holds.
func dateHook(from, to reflect.Type, data any) (any, error) {
	if to.Kind() != reflect.String || from != reflect.TypeOf(time.Time{}) {
		return data, nil
	}
	return data.(time.Time).Format("2006-01-02"), nil
}

// resolvePaths makes the relative paths written in the config file
// relative to the file's folder, so that a run means the same from any
// working directory (cron's is the home folder). A data dir from
// --data-dir or COUNCILACTIONS_DATA_DIR, or the default, stays relative to
// the working directory.
func resolvePaths(cfg *pipeline.Config, v *viper.Viper, g *globalOptions, base string) {
	resolve := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(base, p)
	}
	if g.dataDir == "" && os.Getenv("COUNCILACTIONS_DATA_DIR") == "" && v.InConfig("data_dir") {
		cfg.DataDir = resolve(cfg.DataDir)
	}
	for i := range cfg.Sources {
		cfg.Sources[i].Path = resolve(cfg.Sources[i].Path)
	}
}

// decodeError says in one line what is wrong with the config, each fault
// with its full key path and the value written there:
// `sources[0].paht: unknown key`, `crawl.timeout: "soon" is not a duration
// such as 60s or 10m`.
func decodeError(v *viper.Viper, err error) error {
	var faults []string
	var walk func(error)
	walk = func(err error) {
		de, isDecode := err.(*mapstructure.DecodeError)
		joined, isJoined := err.(interface{ Unwrap() []error })
		switch {
		case isDecode:
			inner := de.Unwrap()
			var nested *mapstructure.DecodeError
			if _, ok := inner.(interface{ Unwrap() []error }); ok || errors.As(inner, &nested) {
				walk(inner)
			} else {
				faults = append(faults, describeFault(v, de.Name(), inner)...)
			}
		case isJoined:
			for _, e := range joined.Unwrap() {
				walk(e)
			}
		case errors.Unwrap(err) != nil:
			walk(errors.Unwrap(err))
		default:
			faults = append(faults, err.Error())
		}
	}
	walk(err)
	if len(faults) == 0 {
		return err
	}
	return errors.New(strings.Join(faults, "; "))
}

// describeFault words one decoding fault at key.
func describeFault(v *viper.Viper, key string, err error) []string {
	if strings.HasSuffix(key, "Config") && strings.Contains(key, ".") && !v.IsSet(key) {
		key = "" // mapstructure names the root by its Go type
	}
	msg := err.Error()
	if keys, ok := strings.CutPrefix(msg, "has invalid keys: "); ok {
		var out []string
		for _, k := range strings.Split(keys, ", ") {
			out = append(out, joinKey(key, k)+": unknown key")
		}
		return out
	}
	raw := configValue(v, key)
	value := fmt.Sprintf("%v", raw)
	if s, ok := raw.(string); ok {
		value = strconv.Quote(s)
	}
	var pe *mapstructure.ParseError
	switch {
	case raw == nil:
		// nothing to show (a list that is not a list)
	case strings.Contains(msg, "invalid duration") || strings.Contains(msg, "missing unit in duration"):
		msg = value + " is not a duration such as 60s or 10m"
	case errors.As(err, &pe):
		msg = value + " is not " + kindName(pe.Expected.Kind())
	case strings.Contains(msg, value):
		// the message shows the value already ("lots" is not a size …)
	default:
		msg = value + ": " + msg
	}
	return []string{key + ": " + msg}
}

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	}
	return "a " + k.String()
}

func joinKey(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// configValue looks up a key path such as "sources[0].committee_id" in
// what viper read.
func configValue(v *viper.Viper, key string) any {
	var cur any = v.AllSettings()
	for _, part := range strings.Split(key, ".") {
		name, index, indexed := strings.Cut(part, "[")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[strings.ToLower(name)]
		if indexed {
			i, err := strconv.Atoi(strings.TrimSuffix(index, "]"))
			list, ok := cur.([]any)
			if err != nil || !ok || i < 0 || i >= len(list) {
				return nil
			}
			cur = list[i]
		}
	}
	return cur
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
