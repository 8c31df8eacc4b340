package minutes

import "testing"

func TestSplitLabel(t *testing.T) {
	tests := []struct {
		in          string
		kind        labelKind
		label, rest string
	}{
		{"Vedtak: Innkalling godkjennes.", labelDecision, "Vedtak", "Innkalling godkjennes."},
		{"Valgstyrets vedtak:", labelDecision, "Valgstyrets vedtak", ""},
		{"Formannskapets vedtak 12.03.2024:", labelDecision, "Formannskapets vedtak 12.03.2024", ""},
		{"FSK- 12/24 Vedtak", labelDecision, "FSK- 12/24 Vedtak", ""},
		{"Kommunedirektørens innstilling", labelProposal, "Kommunedirektørens innstilling", ""},
		{"Kommunedirektøren sitt framlegg til vedtak:", labelProposal, "Kommunedirektøren sitt framlegg til vedtak", ""},
		{"Behandling i Formannskapet - 05.03.2024", labelDiscussion, "Behandling i Formannskapet - 05.03.2024", ""},
		{"Handsaming i Kommunestyret 4.3.2024:", labelDiscussion, "Handsaming i Kommunestyret 4.3.2024", ""},
		{"Røysting: Samrøystes", labelVote, "Røysting", "Samrøystes"},
		{"Faste medlemmer som ikke møtte:", labelAbsent, "Faste medlemmer som ikke møtte", ""},
		{"Frammøtte medlemer", labelPresent, "Frammøtte medlemer", ""},
		{"Medlemmer (inkl. møtende varamedlemmer):", labelPresent, "Medlemmer (inkl. møtende varamedlemmer)", ""},
		{"Møtende varamedlemmer", labelSubstitute, "Møtende varamedlemmer", ""},
		{"Følgende varamedlemmer møtte:", labelSubstitute, "Følgende varamedlemmer møtte", ""},
		{"Desse varamedlemane møtte:", labelSubstitute, "Desse varamedlemane møtte", ""},
		{"Følgende faste medlemmer møtte:", labelPresent, "Følgende faste medlemmer møtte", ""},
		{"Følgende medlemmer hadde forfall:", labelAbsent, "Følgende medlemmer hadde forfall", ""},
		{"Formannskapet 05.03.2024:", labelDiscussion, "Formannskapet 05.03.2024", ""},
		{"Oslo 12.03.2024", labelNone, "", "Oslo 12.03.2024"},
		{"Fra administrasjonen møtte:", labelRole, "Fra administrasjonen møtte", ""},
		{"Fra kontrollutvalgssekretariatet: Mona Lie", labelRole, "Fra kontrollutvalgssekretariatet", "Mona Lie"},
		{"Fra revisjonen:", labelRole, "Fra revisjonen", ""},
		{"Fra Ap: Kari Nordmann", labelNone, "", "Fra Ap: Kari Nordmann"},
		{"Tid og sted: 5. mai kl. 10, Rådhuset", labelDatePlace, "Tid og sted", "5. mai kl. 10, Rådhuset"},
		{"Sted/tid: Rådhuset, 14.05.2024 kl. 10", labelDatePlace, "Sted/tid", "Rådhuset, 14.05.2024 kl. 10"},
		{"Møtestad og tid:", labelDatePlace, "Møtestad og tid", ""},
		{"Dessutan møtte:", labelPresent, "Dessutan møtte", ""},
		{"Forslag til uttalelse:", labelProposal, "Forslag til uttalelse", ""},
		{"Styrets forslag: Kontingenten økes.", labelProposal, "Styrets forslag", "Kontingenten økes."},
		{"Valkomiteen sitt framlegg:", labelProposal, "Valkomiteen sitt framlegg", ""},
		{"Hansens forslag: Saken sendes tilbake.", labelNone, "", "Hansens forslag: Saken sendes tilbake."},
		{"Saksprotokoll i Formannskapet - 12.03.2024", labelDiscussion, "Saksprotokoll i Formannskapet - 12.03.2024", ""},
		{"Kontrollutvalgets behandling:", labelDiscussion, "Kontrollutvalgets behandling", ""},
		{"Møtebehandling", labelDiscussion, "Møtebehandling", ""},
		{"Formannskapet har behandlet saken i møte 09.04.2024 sak 23/24", labelDiscussion, "Formannskapet har behandlet saken i møte 09.04.2024 sak 23/24", ""},
		{"Formannskapet har behandlet saken tidligere.", labelNone, "", "Formannskapet har behandlet saken tidligere."},
		{"Eldrerådets uttalelse:", labelDecision, "Eldrerådets uttalelse", ""},
		{"Uttale frå ungdomsrådet:", labelDecision, "Uttale frå ungdomsrådet", ""},
		{"Uttalelse fra Statsforvalteren:", labelNone, "", "Uttalelse fra Statsforvalteren:"},
		{"Formannskapet rår kommunestyret til å gjere slikt vedtak:", labelDecision, "Formannskapet rår kommunestyret til å gjere slikt vedtak", ""},
		{"Rådmannen innstiller til formannskapet å fatte følgende vedtak:", labelProposal, "Rådmannen innstiller til formannskapet å fatte følgende vedtak", ""},
		{"Formannskapet rår kommunestyret til å vente med saka.", labelNone, "", "Formannskapet rår kommunestyret til å vente med saka."},
		{"Meldt fråvær: Liv Sande", labelAbsent, "Meldt fråvær", "Liv Sande"},
		{"Arkivsak-dok. 24/01210-12", labelMeta, "Arkivsak-dok. 24/01210-12", ""},
		{"Saksnr.: 24/00311", labelMeta, "Saksnr.", "24/00311"},
		{"kl. 18.00", labelNone, "", "kl. 18.00"},
		{"12:15 Pause", labelNone, "", "12:15 Pause"},
		{"Innstillingen ble vedtatt", labelNone, "", "Innstillingen ble vedtatt"},
		{"Forslaget vedtas med endringsinnspill", labelNone, "", "Forslaget vedtas med endringsinnspill"},
		{"Andre: Bevisst at det bare handler om dokumenter?", labelNone, "", "Andre: Bevisst at det bare handler om dokumenter?"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			k, label, rest := splitLabel(tc.in)
			if k != tc.kind || label != tc.label || rest != tc.rest {
				t.Errorf("splitLabel(%q) = %v, %q, %q; want %v, %q, %q", tc.in, k, label, rest, tc.kind, tc.label, tc.rest)
			}
		})
	}
}
