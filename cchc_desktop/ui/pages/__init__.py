"""The main window's pages, one class per file; ``registry.PAGES`` lists them in one place."""
