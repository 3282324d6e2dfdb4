"""The analyst's desk: a JSON API and a dashboard over the event store."""
