"""cchc_desktop: the desktop program of the one-stop counter (Bộ phận Một cửa).

Receives administrative-procedure dossiers, prints receipts, watches deadlines in
working time, issues apology letters, returns results and syncs with the provincial
server, fully offline on a local SQLite database.
"""

__version__ = "0.1.0"
