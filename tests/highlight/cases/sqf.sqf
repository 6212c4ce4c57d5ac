/* Spawn a patrol group
   near the player */
#include "macros.hpp"
#define PATROL_SIZE 4

params ["_center", ["_radius", 200]];
private _grp = createGroup west;
for "_i" from 1 to PATROL_SIZE do {
    private _unit = _grp createUnit ["B_Soldier_F", _center, [], 0, "FORM"];
    _unit setSkill 0.5;
};
if (count units _grp > 0 && {alive player}) then {
    hint format ["Patrol of %1 spawned", count units _grp];
} else {
    diag_log "spawn failed";
};
missionNamespace setVariable ["patrolGroup", _grp];
GlobalCounter = GlobalCounter + 1; // global
_x = $FF + 0x1A + 1e3;
