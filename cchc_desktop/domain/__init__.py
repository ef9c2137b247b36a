"""Pure Python rules of the one-stop counter: working calendar and deadlines, dossier state
machine, dossier codes, identity cards. Imports only the standard library and small pure
libraries (holidays).
"""
