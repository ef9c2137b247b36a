"""Widgets of the intake form (Tiếp nhận): procedure picker, checklist, CCCD scan, scanner folder.

The page that assembles them is ``cchc_desktop.ui.pages.intake_page``.
"""
