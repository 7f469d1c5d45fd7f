"""The pages a person works in: the reflection, results, the plan and the first-run welcome."""
