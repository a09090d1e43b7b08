"""A client library for accessing Insighto.ai Assistants API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
