"""Wire protocol with the provincial server, HTTP transport and USB bundle format (plain values
only; the push/pull use case lives in services).
"""
