import React, { useState } from 'react';

export default function Card({ user, onSelect }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="card" data-id={user.id} onClick={() => setOpen(!open)}>
      <Avatar.Image src={user.avatar} alt="" />
      <h3>{user.name} &amp; friends</h3>
      {open && <p style={{ color: 'red' }}>Details for {user.login}</p>}
      <ul>{user.tags.map((t) => <li key={t}>{t}</li>)}</ul>
    </div>
  );
}
