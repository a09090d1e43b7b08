"""A client library for accessing autocalls (v1 legacy schema) Assistants API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
