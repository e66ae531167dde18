"""Data package: trained models (shipped in the wheel as ``analyzer.models``).

See README.md; the clause classifier is loaded by ``analyzer.classifier.ClauseClassifier``.
"""
