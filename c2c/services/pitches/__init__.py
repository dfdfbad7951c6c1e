"""The three-minute pitches: the agenda saved in the programme, the running order, views
for output and documents, and the stage timer."""
