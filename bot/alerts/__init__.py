"""Alerts: tell a channel within one sync pass of a filing that matches one of its rules (issue 13)."""
