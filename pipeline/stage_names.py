"""The stages' names, in dependency order, without importing their renderers (a station's install has none)."""

STAGE_NAMES = ("leaflets", "infographics", "audio", "clips")  # pipeline.stages.STAGES, checked by tests/test_light_install.py
