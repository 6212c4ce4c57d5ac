// SPDX-License-Identifier: MIT
pragma solidity ^0.8.19;

import "./IERC20.sol";

/* A minimal token
   with a /* nested-looking comment */
contract Token is IERC20 {
    string public constant name = "Kiln Token";
    uint8 public decimals = 18;
    uint256 private _total = 1e21;
    bytes32 internal salt = hex"deadbeef";
    mapping(address => uint256) private balances;
    fixed128x18 reservedType;

    event Transfer(address indexed from, address indexed to, uint256 value);

    modifier onlyOwner() {
        require(msg.sender == owner, 'not owner');
        _;
    }

    constructor(address owner_) payable {
        balances[owner_] = _total;
        uint t = block.timestamp + 1 days;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        if (balances[msg.sender] < amount) revert("insufficient \"funds\"");
        unchecked { balances[msg.sender] -= amount; }
        balances[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    function hash(bytes memory data) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(data, 0xFF, 'x', "\x41\u0042"));
    }
}
