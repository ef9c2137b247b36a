"""Use cases of the counter (receive, transfer, supplement, refuse, apologise, return...). They own
the transaction, enforce roles and never show UI.
"""
