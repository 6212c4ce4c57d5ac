package game;

import haxe.ds.StringMap;

/** The player entity */
@:keep
@author("kiln")
class Player extends Entity implements IUpdatable {
    public static inline var MAX_HP:Int = 100;
    var name:String;
    var speed:Float = 2.5;
    var pattern = ~/^[a-z]+\d{2}$/gi;

    public function new(name:String) {
        super();
        this.name = name;
        var opts = { hp: MAX_HP, tag: "hero", alive: true };
        trace('Hello $name, you have ${opts.hp * 2} hp and $$5');
    }

    override public function update(dt:Float):Void {
        #if debug
        trace("dt=" + dt);
        #end
        speed += dt > 0.5 ? 1 : -1;
        for (i in 0...10) if (i % 2 == 0) continue;
        switch (name) {
            case "boss": speed = 0x0F;
            default: null;
        }
    }
}
