"""The statute library, as data: one YAML file per law (or per text of a regulation), and
provisions.yaml, which says which article governed each provision in each period."""
