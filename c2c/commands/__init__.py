"""Thin Typer groups: parse options, call services, render."""
