"""Domain logic. No typer, rich or questionary here: return data, raise C2CError."""
