"""Administration panels hosted by the Cài đặt page: office settings, calendar, accounts, audit."""
