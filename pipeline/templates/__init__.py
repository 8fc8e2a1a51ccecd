"""Declarative layout templates: YAML files of layers bound to data, laid out by one engine for any renderer."""
