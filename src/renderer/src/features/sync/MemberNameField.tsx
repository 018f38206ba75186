/** "Your name", as the team will see it: the same field in Share Project and Join Project. */
export function MemberNameField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label className="form-row">
      <span>Your name</span>
      <input className="text-input" value={value} onChange={(e) => onChange(e.target.value)} placeholder="As your team will see it" />
    </label>
  );
}
