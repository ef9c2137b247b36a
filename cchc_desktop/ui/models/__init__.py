"""Qt item models over immutable rows returned by the services."""
