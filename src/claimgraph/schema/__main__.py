"""python -m claimgraph.schema: regenerate the shipped article.schema.json from the model."""

from . import regenerate

print(regenerate())
