"""contract-analyzer: which protections a contract gives, which are weak, which are missing."""

__version__ = "0.1.0"

# Version of the JSON review object; bump when a field changes meaning or disappears.
SCHEMA_VERSION = 1
