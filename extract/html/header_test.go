package html

import "testing"

func TestGroupedHeaders(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{
			name: "thead, rowspan beside a colspan group",
			page: `<table><thead><tr><th rowspan="2">No.</th><th rowspan="2">Action</th><th rowspan="2">Lead</th>
				<th colspan="2">Progress (June 2020)</th></tr><tr><th>Update</th><th>RAG</th></tr></thead>
				<tbody><tr><td>1</td><td>Review</td><td>Planning</td><td>Drafted</td><td>Complete</td></tr></tbody></table>`,
			want: []string{
				"T1 | No. | Action | Lead | Progress (June 2020) Update | Progress (June 2020) RAG",
				"T1 | 1 | Review | Planning | Drafted | Complete",
			},
		},
		{
			name: "no th or thead, blanks under single columns, group in the middle",
			page: `<table><tr><td>Ref</td><td>Action</td><td colspan="2">Timescale</td><td>Status</td></tr>
				<tr><td></td><td></td><td>Start</td><td>End</td><td></td></tr>
				<tr><td>A1</td><td>Build homes</td><td>2021</td><td>2023</td><td>Green</td></tr></table>`,
			want: []string{
				"T1 | Ref | Action | Timescale Start | Timescale End | Status",
				"T1 | A1 | Build homes | 2021 | 2023 | Green",
			},
		},
		{
			name: "title row across the table stays above the merged header",
			page: `<table><tr><th colspan="4">Theme 1: Housing</th></tr>
				<tr><th rowspan="2">Action</th><th rowspan="2">Owner</th><th colspan="2">Status</th></tr>
				<tr><th>Q1</th><th>Q2</th></tr>
				<tr><td>Build</td><td>Ann</td><td>Red</td><td>Green</td></tr></table>`,
			want: []string{
				"T1 | [4]Theme 1: Housing |  |  | ",
				"T1 | Action | Owner | Status Q1 | Status Q2",
				"T1 | Build | Ann | Red | Green",
			},
		},
		{
			name: "each theme's header under its title, and a repeated header, merged",
			page: `<table><tr><th colspan="4">Theme 1</th></tr>
				<tr><th rowspan="2">Action</th><th rowspan="2">Owner</th><th colspan="2">Progress</th></tr>
				<tr><th>Update</th><th>RAG</th></tr>
				<tr><td>Build</td><td>Ann</td><td>Begun</td><td>Red</td></tr>
				<tr><td colspan="4">Theme 2</td></tr>
				<tr><td rowspan="2">Action</td><td rowspan="2">Owner</td><td colspan="2">Progress</td></tr>
				<tr><td>Update</td><td>RAG</td></tr>
				<tr><td>Mend</td><td>Bob</td><td>Done</td><td>Green</td></tr>
				<tr><td rowspan="2">Action</td><td rowspan="2">Owner</td><td colspan="2">Progress</td></tr>
				<tr><td>Update</td><td>RAG</td></tr>
				<tr><td>Paint</td><td>Cy</td><td>Late</td><td>Amber</td></tr></table>`,
			want: []string{
				"T1 | [4]Theme 1 |  |  | ",
				"T1 | Action | Owner | Progress Update | Progress RAG",
				"T1 | Build | Ann | Begun | Red",
				"T1 | [4]Theme 2 |  |  | ",
				"T1 | Action | Owner | Progress Update | Progress RAG",
				"T1 | Mend | Bob | Done | Green",
				"T1 | Action | Owner | Progress Update | Progress RAG",
				"T1 | Paint | Cy | Late | Amber",
			},
		},
		{
			name: "three header rows",
			page: `<table><thead><tr><th rowspan="3">Action</th><th rowspan="3">Lead</th><th colspan="4">Progress</th></tr>
				<tr><th colspan="2">Q1</th><th colspan="2">Q2</th></tr>
				<tr><th>Update</th><th>RAG</th><th>Update</th><th>RAG</th></tr></thead>
				<tr><td>Build</td><td>Ann</td><td>a</td><td>Red</td><td>b</td><td>Green</td></tr></table>`,
			want: []string{
				"T1 | Action | Lead | Progress Q1 Update | Progress Q1 RAG | Progress Q2 Update | Progress Q2 RAG",
				"T1 | Build | Ann | a | Red | b | Green",
			},
		},
		{
			name: "a join too long for a header keeps the lowest name",
			page: `<table><tr><th rowspan="2">Action</th><th colspan="2">Progress reported to the board at its meeting in June</th></tr>
				<tr><th>Update</th><th>RAG</th></tr><tr><td>Build</td><td>Begun</td><td>Red</td></tr></table>`,
			want: []string{
				"T1 | Action | Update | RAG",
				"T1 | Build | Begun | Red",
			},
		},
		{
			name: "data under a wide cell is not a header",
			page: `<table><tr><th>No</th><th>Action</th><th>Owner</th><th>Status</th></tr>
				<tr><td>4</td><td colspan="2">Wide cell</td><td>Red</td></tr>
				<tr><td>5</td><td>Build</td><td>Ann</td><td>Green</td></tr>
				<tr><td colspan="2">Sub total</td><td>Bob</td><td>12</td></tr>
				<tr><td></td><td>Alpha</td><td>Beta</td><td></td></tr>
				<tr><td colspan="2">Sub total</td><td>Bob</td><td>12</td></tr>
				<tr><td>Alpha</td><td>Beta</td><td></td><td></td></tr></table>`,
			want: []string{
				"T1 | No | Action | Owner | Status",
				"T1 | 4 | [2]Wide cell |  | Red",
				"T1 | 5 | Build | Ann | Green",
				"T1 | [2]Sub total |  | Bob | 12",
				"T1 |  | Alpha | Beta | ",
				"T1 | [2]Sub total |  | Bob | 12",
				"T1 | Alpha | Beta |  | ",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, read(t, Reader{}, tt.page), tt.want)
		})
	}
}
