extends KinematicBody2D
class_name Player
# Player controller

signal hit(damage)

export var speed: float = 200.0
onready var sprite := $Sprite
const MAX_HP = 100
var velocity = Vector2.ZERO
var names := ["a", 'b']

func _ready() -> void:
	connect("hit", self, "_on_hit")
	print("Ready: %s hp=%d" % [name, MAX_HP])

func _physics_process(delta):
	var dir = Vector2(Input.get_action_strength("right") - Input.get_action_strength("left"), 0)
	velocity = move_and_slide(dir.normalized() * speed)
	if velocity.length() > 0 and not is_on_floor():
		sprite.flip_h = velocity.x < 0
	elif delta >= 1e-3:
		pass
	for i in range(3):
		yield(get_tree(), "idle_frame")

func _on_hit(damage: int) -> void:
	var msg = """Hit for
%d points""" % damage
	match damage:
		0: return
		_: emit_signal("died") if damage > MAX_HP else null
	var h = 0xFF + PI * 2.5
	print('it\'s "ok"\n', true, INF)

class Inner:
	var x = 1
