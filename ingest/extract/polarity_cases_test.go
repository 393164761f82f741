package extract

import "testing"

// Polarity and modality on made-up sentences: what is negated, and what
// is no fact at all (plans, offers, conditions, questions, obligations,
// attempts, threats).
func TestPolarityCases(t *testing.T) {
	const (
		aid  = "country:NOR aid country:MOZ"
		rec  = "country:NOR recognizes country:MOZ"
		arms = "country:NOR arms_transfer country:MOZ"
	)
	checkRuleCases(t, []ruleCase{
		{"plain act", "Norway sent aid to Mozambique in 2001.", []string{aid}, nil},
		{"negation in a relative clause stays there",
			"Norway, which did not recognize Chile, sent aid to Mozambique in 2001.",
			[]string{aid}, []string{"NOT " + aid}},
		{"not only but also",
			"Norway not only recognized Mozambique but also sent aid to it in 2001.",
			[]string{rec}, []string{"NOT " + rec}},
		{"no longer", "Norway no longer recognizes Mozambique.", []string{"NOT " + rec}, []string{rec}},
		{"failed to", "Norway failed to send aid to Mozambique in 2001.", []string{"NOT " + aid}, []string{aid}},
		{"refused to", "Norway refused to recognize Mozambique.", []string{"NOT " + rec}, []string{rec}},
		{"declined to", "Norway declined to recognize Mozambique.", []string{"NOT " + rec}, []string{rec}},
		{"has yet to", "Norway has yet to recognize Mozambique.", []string{"NOT " + rec}, []string{rec}},
		{"never", "Norway never recognized Mozambique.", []string{"NOT " + rec}, []string{rec}},
		{"neither nor objects", "Norway recognized neither Mozambique nor Chile.", []string{"NOT " + rec}, []string{rec}},
		{"neither nor subjects", "Neither Norway nor Chile recognized Mozambique.", []string{"NOT " + rec}, []string{rec}},
		{"double negation", "Norway did not deny that it sent weapons to Mozambique in 2001.",
			nil, []string{"NOT " + arms}},
		{"negated reported clause", "Norway said it did not send weapons to Mozambique.",
			[]string{"NOT " + arms}, []string{arms}},
		{"denied that", "Norway denied that it had sent weapons to Mozambique.",
			[]string{"NOT " + arms}, []string{arms}},
		{"rejected claims that", "Norway rejected claims that it had sent weapons to Mozambique.",
			[]string{"NOT " + arms}, []string{arms}},
		{"instead of", "Norway sent aid to Chile instead of recognizing Mozambique.",
			nil, []string{rec}},
		{"rather than", "Norway sent aid to Chile rather than recognizing Mozambique.",
			nil, []string{rec}},
		{"question", "Will Norway recognize Mozambique?", nil, []string{rec, "NOT " + rec}},
		{"question with did", "Did Norway recognize Mozambique?", nil, []string{rec, "NOT " + rec}},
		{"condition if", "If Norway recognizes Mozambique, Chile will protest.", nil, []string{rec, "NOT " + rec}},
		{"condition unless", "Norway recognizes Mozambique unless Chile objects.", nil, []string{rec}},
		{"condition provided that", "Norway will send aid to Mozambique provided that it holds elections.", nil, []string{aid}},
		{"condition provided that after", "Norway sends aid to Mozambique provided that it holds elections.", nil, []string{aid}},
		{"offer", "Norway offered to send aid to Mozambique.", nil, []string{aid, "NOT " + aid}},
		{"plans to", "Norway plans to recognize Mozambique.", nil, []string{rec}},
		{"intends to", "Norway intends to recognize Mozambique.", nil, []string{rec}},
		{"is expected to", "Norway is expected to recognize Mozambique.", nil, []string{rec}},
		{"is set to", "Norway is set to recognize Mozambique.", nil, []string{rec}},
		{"is due to", "Norway is due to recognize Mozambique next year.", nil, []string{rec}},
		{"is going to", "Norway is going to recognize Mozambique.", nil, []string{rec}},
		{"is about to", "Norway is about to recognize Mozambique.", nil, []string{rec}},
		{"reported would", "Norway said it would recognize Mozambique.", nil, []string{rec}},
		{"must", "Norway must recognize Mozambique.", nil, []string{rec}},
		{"should", "Norway should recognize Mozambique.", nil, []string{rec}},
		{"ought to", "Norway ought to recognize Mozambique.", nil, []string{rec}},
		{"tried to", "Norway tried to send weapons to Mozambique.", nil, []string{arms, "NOT " + arms}},
		{"sought to", "Norway sought to send weapons to Mozambique.", nil, []string{arms, "NOT " + arms}},
		{"attempted to", "Norway attempted to send weapons to Mozambique.", nil, []string{arms, "NOT " + arms}},
		{"threatened to", "Norway threatened to send weapons to Mozambique.", nil, []string{arms, "NOT " + arms}},
		{"without gerund", "Norway sent aid to Chile without consulting Mozambique.", []string{"country:NOR aid country:CHL"}, []string{"NOT country:NOR aid country:CHL"}},
		{"without gerund negates its act", "Norway acted without recognizing Mozambique.", nil, []string{rec}},
		{"continued", "Norway continued to send aid to Mozambique in 2001.", []string{aid}, []string{"NOT " + aid}},
		{"began", "Norway began to send aid to Mozambique in 2001.", []string{aid}, nil},
		{"negated past", "Norway did not send aid to Mozambique in 2001.", []string{"NOT " + aid}, []string{aid}},
		{"negated before later clause", "Norway did not recognize Chile, but it sent aid to Mozambique in 2001.",
			nil, []string{"NOT " + aid}},
		{"boycotting a meeting",
			"Norway boycotted the talks with Mozambique in 2001.",
			nil, []string{"country:MOZ meets country:NOR"}},
		{"never before a relative clause", "Norway, which never recognized Chile, sent aid to Mozambique in 2001.",
			[]string{aid}, []string{"NOT " + aid}},
	})
}
