package main

// commands lists every subcommand by name.
func commands() map[string]*command {
	m := map[string]*command{}
	for _, c := range []*command{
		newExtractCommand(),
		newIngestCommand(),
		newSearchCommand(),
		newDecisionsCommand(),
		newCaseCommand(),
		newPersonCommand(),
		newExportCommand(),
		newStatusCommand(),
		newUnlockCommand(),
		newRetryCommand(),
		newCheckCommand(),
		newServeCommand(),
		newWorkerCommand(),
	} {
		m[c.name] = c
	}
	return m
}
