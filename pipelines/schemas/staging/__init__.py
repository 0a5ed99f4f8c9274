"""pandera models for dbt staging models (one module per source), run as blocking asset checks."""
