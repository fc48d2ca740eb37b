//! Session lifecycle (login, refresh, re-login) and credential stores (in progress).
