"""Citizen Leadership Companion: reflect, see, plan and share your growth as a citizen leader."""

__version__ = "0.2.0"
APP_NAME = "Citizen Leadership Companion"
APP_ID = "org.citizenleadership.Companion"
