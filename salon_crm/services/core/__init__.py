"""What every service stands on: the actor, the unit of work, the workspace."""
