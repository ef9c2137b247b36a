"""Helpers shared by tests: a real PostgreSQL cluster, a fault-injecting TCP proxy, demo data."""
