# Agency Console. `make run` runs the main job on the bundled demo workspace; `make test` runs every test.
SWIFT    ?= swift
CONFIG   ?= debug
BUILD     = .build/$(CONFIG)
AGENCY    = $(BUILD)/agency
DEMO     := Workspaces/demo
PREFIX   ?= /usr/local
SYSTEM_PACKAGES := libsqlite3-dev libedit-dev libxml2-dev sqlite3
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run demo-import test install bench bench-smoke clean

all: build

# System libraries the build links (SQLite through GRDB, libedit for the REPL, libxml2 for HTML),
# and the jsonschema module the SARIF schema test uses. Installs only what is missing.
deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:$$missing"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema

# Builds the executable, the plugin API library and every plugin library (swift run would build only the executable).
build: deps
	$(SWIFT) build -c $(CONFIG)

# Imports the demo's sample order reports and message history (idempotent), then audits every seller.
demo-import: build
	@for dir in $(DEMO)/imports/*; do \
		[ -d $$dir ] || continue; \
		seller=$$(basename $$dir); \
		files=$$(ls $$dir/orders-*.txt $$dir/order-updates.csv $$dir/getorders.json 2>/dev/null); \
		$(AGENCY) -w $(DEMO) orders import --seller $$seller $$files || exit $$?; \
		if [ -f $$dir/messages.csv ]; then $(AGENCY) -w $(DEMO) messages import --seller $$seller $$dir/messages.csv || exit $$?; fi; \
	done

# The main job. Exit status 1 from the audit means "error-level findings", which the demo has on purpose.
run: demo-import
	@$(AGENCY) -w $(DEMO) audit; status=$$?; \
	if [ $$status -eq 1 ]; then echo "(audit exit status 1: error-level findings, as the demo intends)"; exit 0; fi; exit $$status

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

install: CONFIG = release
install: build
	install -d $(PREFIX)/bin $(PREFIX)/lib/agency/plugins
	install -m 755 $(BUILD)/agency $(PREFIX)/bin/agency
	install -m 644 $(BUILD)/libAgencyPluginAPI.so $(PREFIX)/lib/agency/
	install -m 644 $(BUILD)/libAgencyPlugin[!A]*.so $(PREFIX)/lib/agency/plugins/
	@for res in $(BUILD)/*_AgencyPlugin*.resources; do [ -d $$res ] && cp -R $$res $(PREFIX)/lib/agency/plugins/ || true; done
	@echo "Installed to $(PREFIX): bin/agency, lib/agency/plugins/"

# Benchmarks (never part of make test): release build, generated data in bench-data/, figures next to references.
bench: deps
	$(SWIFT) build -c release
	.build/release/agency-bench --out bench-data/results.md

# A seconds-long run of the benchmark harness on tiny data, to check that it still works.
bench-smoke: deps
	$(SWIFT) build
	.build/debug/agency-bench --quick --data bench-data/smoke

clean:
	rm -rf .build
