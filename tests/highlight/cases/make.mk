# Build the site
SITE ?= _site
SOURCES := $(wildcard *.md) $(shell find _posts -name "*.md")
export PATH := node_modules/.bin:$(PATH)
include config.mk

.PHONY: all clean

all: $(SITE)/index.html

$(SITE)/index.html: $(SOURCES) _config.yml
	@echo "building $@ from $<"
	-npx kiln build -d $(SITE) --quiet
	cp -r assets/ $(SITE)/assets

ifeq ($(CI),true)
OPTS = --trace
else
OPTS =
endif

clean:
	rm -rf $(SITE) $(patsubst %.md,%.html,$(SOURCES))
